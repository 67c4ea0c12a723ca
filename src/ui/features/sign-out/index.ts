// Signing out of a shared computer: the header shows the button; the hosts show the screen after it.
export { SignOutButton } from './sign-out-button';
export type { SignOutButtonProps } from './sign-out-button';
