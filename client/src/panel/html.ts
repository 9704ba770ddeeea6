// The summary panel's HTML shell. Pure (no vscode import) so the panel tests render the very same
// markup in Chromium. The shell holds no data and no inline code: the script fills it in.

export interface PanelHtmlOptions {
  /** The webview's `cspSource` (where `localResourceRoots` resources are served from). */
  cspSource: string;
  /** A fresh random nonce for the one script tag. */
  nonce: string;
  /** `dist/panel.js` and `dist/panel.css` as webview URIs. */
  scriptUri: string;
  styleUri: string;
}

/** Escapes a value for an HTML attribute (URIs can hold `&`). */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function panelHtml(o: PanelHtmlOptions): string {
  const csp = ["default-src 'none'", `style-src ${o.cspSource}`, `font-src ${o.cspSource}`, `img-src ${o.cspSource}`, `script-src 'nonce-${o.nonce}'`].join(
    '; ',
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>News Lens Summary</title>
</head>
<body>
<main id="root" aria-live="polite"></main>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
