import { MAX_ATTACHMENT_BYTES, isRecord } from '../../../../domain';

export type AttachmentMeta = {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly source?: 'upload' | 'current-email' | 'current-email-attachment';
};

/** The referral schema allows 50 attachments. */
export const MAX_ATTACHMENTS = 50;

export function attachmentList(value: unknown): AttachmentMeta[] {
  return (Array.isArray(value) ? value : [])
    .filter(isRecord)
    .filter((a) => typeof a.id === 'string') as AttachmentMeta[];
}

/** Why a file cannot be attached, in words, or undefined when it can. */
export function attachProblem(name: string, size: number, count: number): string | undefined {
  if (size > MAX_ATTACHMENT_BYTES) return `${name} is larger than 150 MB, the most an email attachment can be`;
  if (count >= MAX_ATTACHMENTS)
    return `${name} was not added: a referral can have at most ${MAX_ATTACHMENTS} attachments`;
  if (size === 0) return `${name} is empty`;
  return undefined;
}
