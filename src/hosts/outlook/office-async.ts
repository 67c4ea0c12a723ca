import type { OfficeCallback, OfficeLike } from './office-like';

/** An Office.js error, kept as data; its `message` is ours, in words. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';

  constructor(
    message: string,
    /** Office's error code (e.g. 9020), for support. */
    readonly officeCode: string | undefined,
  ) {
    super(message);
  }
}

/** Turns an Office.js callback API into a promise; `what` names the step in the error ("read the open email"). */
export function officeAsync<T>(
  office: OfficeLike,
  what: string,
  call: (callback: OfficeCallback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      call((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
        else {
          const code = result.error?.code;
          reject(
            new OfficeCallError(
              `Outlook could not ${what}. Try again, or attach the file yourself.`,
              code === undefined ? undefined : String(code),
            ),
          );
        }
      });
    } catch {
      reject(new OfficeCallError(`Outlook could not ${what}. Try again, or attach the file yourself.`, undefined));
    }
  });
}
