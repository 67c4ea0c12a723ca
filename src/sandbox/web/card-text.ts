/** The visible text of an Adaptive Card (TextBlock texts, FactSet facts, action titles), for the web view. */
export function cardText(content: string | null): string[] {
  if (!content) return [];
  let card: unknown;
  try {
    card = JSON.parse(content);
  } catch {
    return [];
  }
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'Fact' || (typeof n.title === 'string' && typeof n.value === 'string'))
      out.push(`${String(n.title)}: ${String(n.value)}`);
    else if (typeof n.title === 'string' && typeof n.type === 'string' && n.type.startsWith('Action.'))
      out.push(`[${n.title}]`);
    for (const [k, v] of Object.entries(n)) if (k !== 'text' && k !== 'title') walk(v);
  };
  walk(card);
  return out;
}
