// The LSP lifecycle as the specification has it: before `initialize`, requests fail with
// ServerNotInitialized (-32002) and notifications are dropped; `initialize` is accepted once; after
// `shutdown`, requests fail with InvalidRequest (-32600) and only `exit` is heard.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

export type Phase = 'starting' | 'running' | 'shutdown';

/** Registration methods whose handlers serve notifications (dropped, never answered, when refused). */
const NOTIFICATION_REGISTRATIONS = /^on(Did|WillSave$|Initialized$|Notification$|Exit$)/;

export class Lifecycle {
  phase: Phase = 'starting';

  /** Why a message cannot be served now, as the error a request gets; undefined when it can. */
  refusal(): ResponseError<void> | undefined {
    if (this.phase === 'starting') return new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized yet');
    if (this.phase === 'shutdown') return new ResponseError(ErrorCodes.InvalidRequest, 'the server is shut down');
    return undefined;
  }

  /**
   * A view of `target` (the connection, or one of its feature objects) whose handler registrations
   * (`onHover`, `languages.semanticTokens.on`, ...) only call the handler while the server runs.
   */
  guard<T extends object>(target: T): T {
    return new Proxy(target, {
      get: (object, key, receiver) => {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof value === 'function') {
          if (typeof key !== 'string' || !/^on([A-Z]|$)/.test(key)) return (value as (...a: unknown[]) => unknown).bind(object);
          const notification = NOTIFICATION_REGISTRATIONS.test(key);
          return (...args: unknown[]) =>
            (value as (...a: unknown[]) => unknown).apply(
              object,
              args.map((arg) => (typeof arg === 'function' ? this.wrap(arg as (...a: unknown[]) => unknown, notification) : arg)),
            );
        }
        return value && typeof value === 'object' ? this.guard(value) : value;
      },
    });
  }

  private wrap(handler: (...args: unknown[]) => unknown, notification: boolean) {
    return (...args: unknown[]): unknown => {
      const refusal = this.refusal();
      if (!refusal) return handler(...args);
      if (notification) return undefined;
      throw refusal;
    };
  }
}
