// Dev sign-in for the sandbox: personas and the HS256 tokens they sign in with (issue #4).
export { type Persona, type PersonaRole, personaSchema, personaRoleSchema } from './persona.schema';
export {
  type TokenClaims,
  type TokenIssuer,
  type TokenIssuerOptions,
  type TokenRefusal,
  type TokenResponse,
  type TokenVerdict,
  DEFAULT_TOKEN_TTL_SECONDS,
  GRAPH_AUDIENCE,
  SANDBOX_ISSUER,
  createTokenIssuer,
} from './token-issuer';
