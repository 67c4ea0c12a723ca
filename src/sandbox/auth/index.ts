// Dev sign-in for the sandbox: personas and the ES256 tokens they sign in with.
export { type Persona, type PersonaRole, personaSchema, personaRoleSchema } from './persona.schema';
export {
  type JsonWebKeySet,
  type TokenClaims,
  type TokenIssuer,
  type TokenIssuerOptions,
  type TokenRefusal,
  type TokenResponse,
  type TokenVerdict,
  DEFAULT_TOKEN_TTL_SECONDS,
  MAX_TOKEN_LENGTH,
  MAX_TOKEN_LIFETIME_SECONDS,
  GRAPH_AUDIENCE,
  SANDBOX_ISSUER,
  createTokenIssuer,
  newSigningKeyPem,
} from './token-issuer';
