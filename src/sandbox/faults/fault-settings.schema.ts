import { z } from 'zod';

const rate = z.number().min(0).max(1);

/** POST /sandbox/faults and SANDBOX_FAULTS: what to inject into Graph, upload and Bot Connector requests. */
export const faultSettingsSchema = z
  .strictObject({
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    rate429: rate.optional(),
    rate503: rate.optional(),
    rateDrop: rate.optional(),
    /** A drop lets the handler run first: the request takes effect but its answer is lost (an uncertain outcome). */
    dropAfterHandler: z.boolean().optional(),
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    /** Only requests whose path starts with this (case-insensitive), e.g. "/graph/v1.0/me/messages". */
    pathPrefix: z.string().startsWith('/').optional(),
    /** Only requests with this method, e.g. "POST" to fault the filing's writes and not the reads beside them. */
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
    /** Seeds the random draws, so a run with the same requests injects the same faults. */
    seed: z.number().int().optional(),
    /** Inject at most this many faults, then pass everything (e.g. rate429: 1, limit: 2 = "the next two"). */
    limit: z.number().int().min(1).optional(),
    /** After /send answers 202 the Sent Items copy appears this much later, as in Exchange (not counted in limit). */
    sentItemsDelayMs: z.number().int().min(0).max(600_000).optional(),
  })
  .refine((s) => (s.rate429 ?? 0) + (s.rate503 ?? 0) + (s.rateDrop ?? 0) <= 1, {
    message: 'rate429 + rate503 + rateDrop must not exceed 1',
  });
export type FaultSettings = z.infer<typeof faultSettingsSchema>;
