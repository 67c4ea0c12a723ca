import { z } from 'zod';

export const FILE_ATTACHMENT_TYPE = '#microsoft.graph.fileAttachment';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'contentBytes must be base64' });

/** A fileAttachment as posted inline (POST …/attachments, or inside a message for sendMail). */
export const fileAttachmentInputSchema = z.looseObject({
  '@odata.type': z.literal(FILE_ATTACHMENT_TYPE),
  name: z.string().min(1),
  contentType: z.string().optional(),
  contentBytes: base64,
  contentId: z.string().optional(),
  isInline: z.boolean().optional(),
});
export type FileAttachmentInput = z.infer<typeof fileAttachmentInputSchema>;

/** A fileAttachment as Graph returns it (contentBytes only when the bytes were asked for). */
export const fileAttachmentSchema = z.looseObject({
  '@odata.type': z.literal(FILE_ATTACHMENT_TYPE),
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  isInline: z.boolean(),
  lastModifiedDateTime: z.string(),
  contentId: z.string().nullable().optional(),
  contentBytes: base64.optional(),
});
export type FileAttachment = z.infer<typeof fileAttachmentSchema>;

/** The AttachmentItem of createUploadSession, which Graph takes for files of 3 MB to 150 MB. */
export const attachmentItemSchema = z.looseObject({
  attachmentType: z.literal('file'),
  name: z.string().min(1),
  size: z.number().int().nonnegative(),
  contentType: z.string().optional(),
  isInline: z.boolean().optional(),
  contentId: z.string().optional(),
});
export type AttachmentItem = z.infer<typeof attachmentItemSchema>;

export const createUploadSessionRequestSchema = z.looseObject({ AttachmentItem: attachmentItemSchema });
export type CreateUploadSessionRequest = z.infer<typeof createUploadSessionRequestSchema>;
