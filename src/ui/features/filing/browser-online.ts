// Whether the browser thinks it is online: tells "offline" (wait for the connection) from "the connection dropped".
export const browserIsOnline = (): boolean => (typeof navigator === 'undefined' ? true : navigator.onLine !== false);
