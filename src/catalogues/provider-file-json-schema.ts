import { z } from 'zod';
import { providerFileSchema } from '../domain';

/** File name of the JSON Schema that editors check provider files against (it sits next to them). */
export const PROVIDER_FILE_JSON_SCHEMA = 'src/catalogues/providers/provider-catalogue.schema.json';

/** The provider file's JSON Schema, generated from its zod schema; draft-07, which YAML editors understand. */
export function providerFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(providerFileSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'Referral Card provider catalogue',
    description: "One provider's services and their referral criteria; see src/catalogues/providers/built-in.yaml.",
  };
}
