import { z } from 'zod';
import { fileAttachmentInputSchema } from './attachment.schema';
import { singleValueExtendedPropertySchema } from './extended-property.schema';
import { recipientSchema } from './recipient.schema';

export const itemBodySchema = z.looseObject({
  // Graph accepts either case ("text", "HTML") and answers "text" / "html".
  contentType: z.string().regex(/^(text|html)$/i, { message: 'contentType must be Text or HTML' }),
  content: z.string(),
});
export type ItemBody = z.infer<typeof itemBodySchema>;

export const importanceSchema = z.enum(['low', 'normal', 'high']);
export const internetMessageHeaderSchema = z.looseObject({ name: z.string().min(1), value: z.string() });

/**
 * The writable properties of a message (POST …/messages, PATCH, the message of sendMail).
 * Loose like Graph: annotations and properties we do not model pass through unread.
 */
export const messageInputSchema = z.looseObject({
  subject: z.string().nullable().optional(),
  body: itemBodySchema.optional(),
  toRecipients: z.array(recipientSchema).optional(),
  ccRecipients: z.array(recipientSchema).optional(),
  bccRecipients: z.array(recipientSchema).optional(),
  replyTo: z.array(recipientSchema).optional(),
  from: recipientSchema.nullable().optional(),
  importance: importanceSchema.optional(),
  isRead: z.boolean().optional(),
  categories: z.array(z.string()).optional(),
  internetMessageHeaders: z.array(internetMessageHeaderSchema).optional(),
  singleValueExtendedProperties: z.array(singleValueExtendedPropertySchema).optional(),
  attachments: z.array(fileAttachmentInputSchema).optional(),
});
export type MessageInput = z.infer<typeof messageInputSchema>;

export const sendMailRequestSchema = z.looseObject({
  message: messageInputSchema,
  saveToSentItems: z.boolean().optional(),
});
export type SendMailRequest = z.infer<typeof sendMailRequestSchema>;

/** A message as Graph returns it (all properties optional because $select trims them). */
export const messageSchema = z.looseObject({
  '@odata.etag': z.string().optional(),
  id: z.string(),
  createdDateTime: z.string().optional(),
  lastModifiedDateTime: z.string().optional(),
  receivedDateTime: z.string().optional(),
  sentDateTime: z.string().nullable().optional(),
  changeKey: z.string().optional(),
  categories: z.array(z.string()).optional(),
  hasAttachments: z.boolean().optional(),
  internetMessageId: z.string().optional(),
  subject: z.string().nullable().optional(),
  bodyPreview: z.string().optional(),
  importance: importanceSchema.optional(),
  parentFolderId: z.string().optional(),
  conversationId: z.string().optional(),
  isRead: z.boolean().optional(),
  isDraft: z.boolean().optional(),
  body: itemBodySchema.optional(),
  sender: recipientSchema.nullable().optional(),
  from: recipientSchema.nullable().optional(),
  toRecipients: z.array(recipientSchema).optional(),
  ccRecipients: z.array(recipientSchema).optional(),
  bccRecipients: z.array(recipientSchema).optional(),
  replyTo: z.array(recipientSchema).optional(),
  singleValueExtendedProperties: z.array(singleValueExtendedPropertySchema).optional(),
});
export type Message = z.infer<typeof messageSchema>;
