// Word lists of the entity passes: one copy each. Lists other modules share live in `../lexicon`
// (the possessive) and `../text/calendar` (months, weekdays).

export const DETERMINER_A: ReadonlySet<string> = new Set(['the', 'a', 'an']);
export const KINDS: ReadonlySet<unknown> = new Set<unknown>(['person', 'organization', 'country', 'place']);
/** Words after which a capital is the place itself ("in Tokyo"), not its state. */
export const PLACE_PREV: ReadonlySet<string> = new Set([
  'in', 'at', 'to', 'from', 'near', 'into', 'outside', 'across', 'around', 'via', 'toward', 'towards',
  'through', 'throughout', 'inside', 'within', 'of', 'visit', 'visited', 'visiting', 'visits', 'arrived',
  'landed', 'reached', 'over', 'off', 'along', 'beyond', 'downtown', 'central', 'suburban', 'until',
]);
/** Words after which a capital is an object or agent, so its state ("by Beijing", "urged Seoul"). */
export const OBJECT_PREV: ReadonlySet<string> = new Set(['by', 'with', 'against', 'on', 'urged', 'told', 'asked', 'both', 'either', 'pressed', 'warned', 'accused']);
/** Words after which a capital opens a clause as its subject. */
export const SUBJECT_PREV: ReadonlySet<string> = new Set([',', 'but', 'that', 'while', 'as', 'said', 'says', '"', "'", '(', '-', ':', 'and', 'when', 'because', 'if']);
/** Verbs and auxiliaries that show a capital acting ("Beijing has", "Moscow says"). */
export const AUX: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'says', 'said', 'wants', 'sees', 'insists', 'rejects', 'denies', 'claims', 'plans', 'hopes', 'fears',
  'accuses', 'warns', 'agrees', 'seeks', 'vows', 'pledges', 'views', 'regards', 'considers', 'continues',
  'also', 'then', 'now', 'still', 'never', 'again', 'responds', 'opposes', 'supports', 'condemns',
  'does', 'did', 'recognises', 'recognizes', 'argues', 'maintains', 'demands', 'urges',
]);
/** Nouns after a city name that make it the city ("Tokyo residents", "Seoul police"). */
export const CITY_NOUNS: ReadonlySet<string> = new Set([
  'residents', 'resident', 'police', 'city', 'metropolitan', 'stock', 'stocks', 'exchange', 'office',
  'station', 'airport', 'time', 'university', 'streets', 'street', 'mayor', 'governor', 'district',
  'suburbs', 'area', 'region', 'marathon', 'court', 'prosecutors', 'hospital', 'hospitals', 'traffic',
  'shares', 'market', 'markets', 'bureau', 'correspondent', 'newsroom', 'summit', 'talks', 'council',
  'councils', 'councillors', 'councilors', 'firefighters', 'fire', 'metro', 'subway', 'underground',
  'transport', 'buses', 'commuters', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods',
  'landlords', 'tenants', 'rents', 'housing', 'port', 'harbour', 'harbor', 'zoo', 'hall', 'borough',
]);
/** Nouns after a name that make it a place governed locally ("Islington council", "Camden residents"). */
export const LOCAL_NOUNS: ReadonlySet<string> = new Set(['council', 'councils', 'councillors', 'councilors', 'residents', 'mayor', 'borough', 'county', 'municipality', 'township']);
/** Nouns after a name (or its possessive) that make it a firm: "Tesla shares", "Acme's chief executive". */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'shareholders', 'investors', 'spokesperson', 'spokesman', 'spokeswoman', 'ceo',
  'board', 'chairman', 'chairwoman', 'executives', 'headquarters', 'profit', 'profits', 'revenue', 'revenues',
  'customers', 'employees', 'subsidiary', 'founder', 'co-founder', 'brand', 'products', 'earnings', 'investment',
  'investments', 'stake', 'takeover', 'acquisition', 'chips', 'software', 'models', 'chatbot', 'app',
]);
/** Nouns before "in X" that make X a firm ("a stake in Anthropic", "shares in Halden"). */
export const HOLDING_NOUNS: ReadonlySet<string> = new Set(['shares', 'stake', 'stakes', 'investment', 'investments', 'holding', 'holdings']);
/** Sports before or after a country's name make a federation ("Cricket Australia", "USA Swimming"). */
export const SPORTS: ReadonlySet<string> = new Set([
  'Cricket', 'Swimming', 'Athletics', 'Tennis', 'Rugby', 'Football', 'Basketball', 'Golf', 'Netball', 'Hockey', 'Cycling',
  'Rowing', 'Sailing', 'Gymnastics', 'Volleyball', 'Boxing', 'Judo', 'Triathlon', 'Skiing', 'Badminton',
]);
/** Legal forms after a firm's name ("Acme Inc.", "Halden AG"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'Inc', 'Inc.', 'plc', 'PLC', 'AG', 'SA', 'S.A.', 'SpA', 'S.p.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'Ltd', 'Ltd.', 'LLC', 'GmbH',
  'Corp', 'Corp.', 'SE', 'ASA', 'AB', 'Co.', 'Pty', 'Bhd',
]);
/** Words that may follow a body's noun in an apposition ("the auto union that ...", "the bank, ..."). */
export const AFTER_BODY_NOUN: ReadonlySet<string> = new Set(['of', 'that', 'which', 'with', 'in', 'for', 'and', 'based', 'said', 'says', 'has', 'is', 'was', 'behind', 'whose']);
/** Nouns of people an apposition names: "The victim, Priya,", "her son, Jake,". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'victim', 'neighbour', 'neighbor', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister',
  'friend', 'partner', 'boyfriend', 'girlfriend', 'customer', 'witness', 'suspect', 'teenager', 'boy', 'girl', 'man',
  'woman', 'driver', 'passenger', 'tenant', 'pupil', 'student', 'nurse', 'cousin', 'grandmother', 'grandfather',
  'child', 'baby', 'patient',
]);
/** Titles of address: the next name is a person's. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'mister', 'madam']);
/** Short forms of weekdays ("Tue.", "Thurs"); the full names are the calendar's. */
export const WEEKDAY_SHORT: ReadonlySet<string> = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
/** First or last words of place names ("Gulf of Finland", "Rift Valley", "Lake Victoria"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'Gulf', 'Sea', 'Ocean', 'Strait', 'Straits', 'Bay', 'River', 'Island', 'Islands', 'Peninsula', 'Mountains',
  'Valley', 'Lake', 'Mount', 'Prefecture', 'Province', 'Canal', 'Desert', 'Coast', 'Delta', 'Basin', 'Plateau',
  'Shoal', 'Shoals', 'Reef', 'Reefs', 'Atoll', 'Archipelago', 'Lagoon',
]);
/** Last words of place names that are never a person's surname ("Second Thomas Shoal", "Scarborough Reef"). */
export const NATURAL_HEADS: ReadonlySet<string> = new Set(['Sea', 'Ocean', 'Strait', 'Straits', 'Islands', 'Peninsula', 'Shoal', 'Shoals', 'Reef', 'Reefs', 'Atoll', 'Archipelago', 'Lagoon']);
/** Last words of names of events ("Gulf War", "Gulf Cup"): no places, even after a place's word. */
export const EVENT_HEADS: ReadonlySet<string> = new Set(['War', 'Wars', 'Crisis', 'Cup', 'Open', 'Games', 'Championship', 'Championships', 'Summit', 'Festival']);
/** Last words of names of facilities, which are places ("Emirates Stadium", "Changi Airport"). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'Stadium', 'Arena', 'Airport', 'Bridge', 'Dam', 'Square', 'Harbour', 'Harbor', 'Lane', 'Street', 'Road', 'Avenue',
  'Boulevard', 'Courthouse',
]);
/** Names the tagger may call persons that are states only when the tagger says place. */
export const PERSON_OR_STATE: ReadonlySet<string> = new Set(['Jordan', 'Georgia', 'Chad', 'Israel', 'America', 'Victoria']);
/** Last words of names of documents: treaties, agreements, laws. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['Treaty', 'Agreement', 'Accord', 'Accords', 'Convention', 'Protocol', 'Charter', 'Act', 'Pact', 'Declaration', 'Resolution', 'Bill']);
/** Tokens a name never crosses. */
export const SPLITTERS: ReadonlySet<string> = new Set(['(', ')', '[', ']', ',', ';', ':', '"', '“', '”', '‘', '’', '|']);
/** Last words of firm and body names ("Verdant Farms", "Acme Foods"): a tagger's "person" is one. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'Farms', 'Foods', 'Group', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Co', 'Co.', 'Company',
  'Holdings', 'Partners', 'Airlines', 'Airways', 'Motors', 'Bank', 'Agency', 'Authority', 'Council', 'Association',
  'Ministry', 'Department', 'Institute', 'University', 'Foundation', 'Fund', 'Trust', 'Industries', 'Systems',
  'Technologies', 'Energy', 'Pharmaceuticals', 'Media', 'Capital', 'Investments', 'Club', 'Party', 'Union', 'Committee',
  'Savings', 'Insurance', 'Securities', 'Telecom', 'Labs', 'Logistics', 'Shipping', 'Mining', 'Petroleum', 'Steel',
  'Chemicals', 'Semiconductor', 'Electronics', 'Software', 'Networks', 'Communications', 'Studios', 'Brands', 'Bancorp',
  'Exchange', 'Administration', 'Commission', 'Board', 'Bureau', 'Office', 'Service', 'Services', 'Organisation',
  'Organization', 'Federation', 'League', 'Court', 'Assembly', 'Parliament', 'Society', 'Corps',
  'Markets', 'Grocers', 'Jewellers', 'Jewelers', 'Bakeries', 'Stores', 'Supermarkets', 'Pharmacy', 'Pharmacies',
  'Brewery', 'Breweries', 'Hotels', 'Restaurants', 'Builders', 'Construction', 'Directorate', 'Confederation',
]);
/** Nouns of "the province of X", "the coastal town of X": X is a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['province', 'state', 'region', 'city', 'town', 'village', 'county', 'district', 'island', 'port', 'municipality', 'prefecture']);
/** Words left out of a name's initials ("Bank of Japan" → "BJ"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);
/** Words that may continue a multi-word name besides capitalised words and numbers. */
export const JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'de', 'la', '-', '.', "'", '&']);
/** Words that turn a demonym into a region's ("Latin American", "North African", "East Asian"). */
export const REGION_QUALIFIERS: ReadonlySet<string> = new Set(['Latin', 'North', 'South', 'Central', 'Native', 'African', 'East', 'West', 'Southeast', 'Pan']);
/** Small words a name in title case keeps in lower case ("Rio de Janeiro"). */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'du', 'von', 'van', 'al', 'el', 'for']);
/** The institutions of the European Union, whose capital "Brussels" stands for them. */
export const EU_KEYS: readonly string[] = ['O:european union', 'O:european commission', 'O:european council', 'O:european parliament'];

// Titles tied to people (roles).

/** Words that end a title ("Minister", "chair", "coach"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'president', 'premier', 'chancellor', 'ambassador', 'envoy', 'governor',
  'mayor', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'spokesperson',
  'spokesman', 'spokeswoman', 'executive', 'officer', 'ceo', 'cfo', 'coo', 'cto', 'chair', 'chairman',
  'chairwoman', 'chairperson', 'director', 'director-general', 'secretary-general', 'commissioner',
  'head', 'leader', 'king', 'queen', 'emperor', 'prince', 'princess', 'general', 'admiral',
  'commander', 'coach', 'manager', 'captain', 'striker', 'goalkeeper', 'midfielder', 'defender',
  'councillor', 'councilor', 'councilwoman', 'councilman', 'judge', 'justice', 'prosecutor',
  'economist', 'analyst', 'chief', 'founder', 'co-founder', 'president-elect', 'vice-president',
  'superintendent', 'sheriff', 'official', 'adviser', 'advisor', 'negotiator', 'speaker',
  'treasurer', 'auditor', 'attorney', 'inspector', 'colonel', 'major', 'lieutenant', 'sergeant',
  'governor-general', 'deputy', 'owner', 'partner', 'researcher', 'scientist', 'professor',
  'marshal', 'commodore', 'brigadier', 'diplomat', 'representative', 'member', 'mp', 'expert', 'specialist', 'strategist',
  'alderman', 'alderwoman', 'pc', 'constable', 'detective', 'lawyer',
  // Abbreviated ranks and offices ("Gen. Ana Ruiz", "Sen. Tom Reyes").
  'gen.', 'lt.', 'col.', 'sgt.', 'adm.', 'gov.', 'sen.', 'rep.', 'maj.', 'capt.', 'cmdr.', 'supt.',
]);
/** Words that may stand before a head inside a title ("Deputy Prime", "Foreign", "chief"). */
export const MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'prime', 'foreign', 'defense', 'defence', 'finance', 'economy', 'economic',
  'trade', 'interior', 'home', 'health', 'environment', 'environmental', 'energy', 'climate',
  'education', 'justice', 'transport', 'transportation', 'agriculture', 'labour', 'labor', 'industry',
  'digital', 'culture', 'sports', 'sport', 'state', 'chief', 'executive', 'senior', 'acting', 'junior',
  'first', 'former', 'general', 'national', 'security', 'treasury', 'commerce', 'communications',
  'infrastructure', 'housing', 'fisheries', 'tourism', 'development', 'police', 'fire', 'head',
  'assistant', 'associate', 'managing', 'operating', 'financial', 'technology', 'marketing', 'legal',
  'press', 'team', 'club', 'party', 'opposition', 'majority', 'minority', 'city', 'county', 'regional',
  'provincial', 'federal', 'central', 'bank', 'council', 'parliamentary', 'cabinet', 'top', 'lead',
  'interim', 'outgoing', 'incoming', 'elected', 'coalition', 'union', 'supreme', 'army', 'navy', 'air',
  'force', 'military', 'intelligence', 'emergency', 'water', 'public', 'social', 'science', 'research',
  'district', 'attorney', 'planning', 'budget', 'works', 'sanitation', 'parks', 'transit', 'schools',
  'school', 'board', 'company', 'group', 'operations', 'information', 'investment', 'strategy',
  'football', 'soccer', 'basketball', 'cricket', 'rugby', 'tennis', 'olympic', 'world', 'veteran',
  'longtime', 'special', 'government', 'vice-chair', 'co-chair', 'president',
  'commanding', 'joint', 'staff', 'naval', 'ministry', 'department', 'agency', 'association', 'antitrust',
  'competition', 'policy', 'emergencies', 'technical', 'mining', 'medical', 'programme', 'program',
]);
/** Portfolios a title's complement names in lower case ("minister of health", "chairman of the board"). */
export const PORTFOLIOS: ReadonlySet<string> = new Set([
  'health', 'finance', 'defence', 'defense', 'education', 'justice', 'transport', 'labour', 'labor', 'agriculture',
  'interior', 'trade', 'industry', 'energy', 'environment', 'housing', 'culture', 'tourism', 'sport', 'sports',
  'fisheries', 'communications', 'infrastructure', 'the', 'board', 'staff', 'mines', 'economy', 'employment',
]);
/** Nouns of appositions that make the name before them a body ("Unifor, the Canadian auto union"). */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'union', 'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'bank', 'lender',
  'insurer', 'reinsurer', 'retailer', 'airline', 'carrier', 'broadcaster', 'club', 'charity', 'agency', 'regulator',
  'operator', 'giant', 'conglomerate', 'startup', 'start-up', 'manufacturer', 'supplier', 'producer', 'chain',
  'publisher', 'developer', 'utility', 'miner', 'brewer', 'platform', 'association', 'federation', 'organisation',
  'organization', 'party', 'alliance', 'coalition', 'watchdog', 'ngo', 'fund', 'consultancy', 'newspaper', 'parent',
  'subsidiary', 'affiliate', 'bloc',
]);
/** Nouns of bodies that own a title through "the ministry's", besides BODY_NOUNS ("the ministry's spokesman, X"). */
export const OWNING_BODY_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'council', 'authority', 'commission', 'court', 'team', 'force', 'service',
  'university', 'hospital', 'board', 'foundation', 'institute', 'directorate', 'government', 'side',
]);
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
export const COUNTERPARTS: ReadonlySet<string> = new Set(['counterpart', 'counterparts', 'colleague', 'colleagues', 'peer', 'peers']);
/** Titles a state owns when the text names no owner ("Finance Minister X"). */
export const STATE_HEADS: ReadonlySet<string> = new Set(['minister', 'premier', 'chancellor', 'ambassador', 'envoy']);
/** Titles an organization owns when the text names no owner ("Chief executive X", "the club's coach"). */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'executive', 'officer', 'ceo', 'cfo', 'coo', 'cto', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director',
  'spokesperson', 'spokesman', 'spokeswoman', 'coach', 'manager', 'captain', 'founder', 'co-founder', 'treasurer',
  'secretary-general', 'director-general', 'constable', 'lawyer',
]);
/** Titles a place can own: "Los Angeles Mayor Karen Bass", "the governor of Texas". */
export const LOCAL_HEADS: ReadonlySet<string> = new Set(['mayor', 'governor', 'councillor', 'councilor', 'sheriff', 'premier', 'superintendent', 'commissioner', 'chief', 'gov.', 'councilwoman', 'councilman']);
