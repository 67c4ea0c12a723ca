import { z } from 'zod';

// The Bot Connector v3 shapes the sandbox reads; loose, as the connector ignores what it does not use.
export const activityAttachmentSchema = z.looseObject({
  contentType: z.string().min(1),
  content: z.unknown().optional(),
  contentUrl: z.string().optional(),
  name: z.string().optional(),
});

export const activitySchema = z.looseObject({
  type: z.string().default('message'),
  text: z.string().optional(),
  textFormat: z.string().optional(),
  summary: z.string().optional(),
  attachments: z.array(activityAttachmentSchema).optional(),
});
export type Activity = z.infer<typeof activitySchema>;

export const conversationParametersSchema = z.looseObject({
  isGroup: z.boolean().optional(),
  channelData: z.looseObject({ channel: z.looseObject({ id: z.string().min(1) }).optional() }).optional(),
  activity: activitySchema.optional(),
  members: z.array(z.looseObject({ id: z.string() })).optional(),
  tenantId: z.string().optional(),
});
export type ConversationParameters = z.infer<typeof conversationParametersSchema>;
