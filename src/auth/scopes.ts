// Least privilege: filing needs only delegated Mail.ReadWrite + Mail.Send; User.Read prefills the
// referrer. No shared-mailbox or directory-wide scopes in the client.
export const GRAPH_SCOPES: readonly string[] = ['Mail.ReadWrite', 'Mail.Send', 'User.Read'];
