import { z } from 'zod';
import {
  chatMessageInputSchema,
  createUploadSessionRequestSchema,
  fileAttachmentInputSchema,
  messageInputSchema,
  sendMailRequestSchema,
} from '../graph/dto';
import { activitySchema, conversationParametersSchema } from './bot/activity.schema';
import { tokenRequestSchema } from './dev/token-request.schema';
import { faultSettingsSchema } from './faults/fault-settings.schema';
import type { Handlers } from './handlers/resources';
import { MAX_RANGE_BYTES } from './mail/upload-sessions';
import { bytesRoute, jsonRoute, plainRoute, type Route } from './server/route';
import { cardClickSchema } from './teams/card-actions';

const G = '/graph/v1.0';
const USER = `${G}/users/{user}`;
const MESSAGE = `${USER}/messages/{message}`;
const FOLDER = `${USER}/mailFolders/{folder}`;
const CHANNEL = `${G}/teams/{team}/channels/{channel}`;
const CONVERSATION = '/botframework/v3/conversations/{conversation}';
const DEV_LIMIT = 64 * 1024;
// Teams caps a message at about 28 KB; a card payload with room to spare.
const BOT_LIMIT = 256 * 1024;
// A whole $batch is held and parsed at once: 20 items of JSON, but not 20 inline attachments' worth.
const BATCH_LIMIT = 1024 * 1024;

const graph = { area: 'graph', auth: 'user' } as const;
const dev = { area: 'dev', auth: 'none', limit: DEV_LIMIT } as const;

/** Directory, mail folders, messages and JSON batching. */
function mailRoutes(h: Handlers): Route[] {
  return [
    // Directory
    plainRoute({ ...graph, method: 'GET', path: `${G}/users` }, h.users.list),
    plainRoute({ ...graph, method: 'GET', path: USER }, h.users.get),
    plainRoute({ ...graph, method: 'GET', path: `${USER}/memberOf` }, h.users.memberOf),
    plainRoute({ ...graph, method: 'GET', path: `${USER}/transitiveMemberOf` }, h.users.transitiveMemberOf),
    plainRoute({ ...graph, method: 'GET', path: `${G}/groups/{group}` }, h.groups.get),
    plainRoute({ ...graph, method: 'GET', path: `${G}/groups/{group}/members` }, h.groups.members),

    // Mail folders
    plainRoute({ ...graph, method: 'GET', path: `${USER}/mailFolders` }, h.mailFolders.list),
    plainRoute({ ...graph, method: 'GET', path: FOLDER }, h.mailFolders.get),

    // Messages, in the whole mailbox or in one folder
    plainRoute({ ...graph, method: 'GET', path: `${USER}/messages` }, h.messages.list),
    jsonRoute({ ...graph, method: 'POST', path: `${USER}/messages`, schema: messageInputSchema }, h.messages.create),
    plainRoute({ ...graph, method: 'GET', path: `${FOLDER}/messages` }, h.messages.list),
    jsonRoute({ ...graph, method: 'POST', path: `${FOLDER}/messages`, schema: messageInputSchema }, h.messages.create),
    plainRoute({ ...graph, method: 'GET', path: `${FOLDER}/messages/delta`, rawQuery: true }, h.messages.delta),
    plainRoute({ ...graph, method: 'GET', path: MESSAGE }, h.messages.get),
    plainRoute({ ...graph, method: 'GET', path: `${FOLDER}/messages/{message}` }, h.messages.get),
    jsonRoute({ ...graph, method: 'PATCH', path: MESSAGE, schema: messageInputSchema }, h.messages.update),
    plainRoute({ ...graph, method: 'DELETE', path: MESSAGE }, h.messages.delete),
    jsonRoute(
      { ...graph, method: 'POST', path: `${MESSAGE}/send`, schema: z.unknown(), optional: true },
      h.messages.send,
    ),
    jsonRoute(
      { ...graph, method: 'POST', path: `${USER}/sendMail`, schema: sendMailRequestSchema },
      h.messages.sendMail,
    ),

    // JSON batching
    jsonRoute({ ...graph, method: 'POST', path: `${G}/$batch`, schema: z.unknown(), limit: BATCH_LIMIT }, h.batch.run),
  ];
}

/** Attachments and upload sessions. */
function attachmentRoutes(h: Handlers): Route[] {
  return [
    // Attachments and upload sessions
    plainRoute({ ...graph, method: 'GET', path: `${MESSAGE}/attachments` }, h.attachments.list),
    jsonRoute(
      { ...graph, method: 'POST', path: `${MESSAGE}/attachments`, schema: fileAttachmentInputSchema },
      h.attachments.add,
    ),
    plainRoute({ ...graph, method: 'GET', path: `${MESSAGE}/attachments/{attachment}` }, h.attachments.get),
    plainRoute({ ...graph, method: 'GET', path: `${MESSAGE}/attachments/{attachment}/$value` }, h.attachments.getValue),
    plainRoute({ ...graph, method: 'DELETE', path: `${MESSAGE}/attachments/{attachment}` }, h.attachments.delete),
    jsonRoute(
      {
        ...graph,
        method: 'POST',
        path: `${MESSAGE}/attachments/createUploadSession`,
        schema: createUploadSessionRequestSchema,
      },
      h.attachments.createUploadSession,
    ),
    bytesRoute(
      {
        method: 'PUT',
        path: '/upload/v1.0/sessions/{session}',
        area: 'upload',
        auth: 'upload',
        limit: MAX_RANGE_BYTES,
      },
      h.uploads.putRange,
    ),
    plainRoute(
      { method: 'GET', path: '/upload/v1.0/sessions/{session}', area: 'upload', auth: 'upload' },
      h.uploads.status,
    ),
    plainRoute(
      { method: 'DELETE', path: '/upload/v1.0/sessions/{session}', area: 'upload', auth: 'upload' },
      h.uploads.cancel,
    ),
  ];
}

/** Teams, channels and channel messages, and the Bot Connector v3 subset. */
function teamsAndBotRoutes(h: Handlers): Route[] {
  return [
    // Teams, channels, channel messages
    plainRoute({ ...graph, method: 'GET', path: `${USER}/joinedTeams` }, h.teams.joinedTeams),
    plainRoute({ ...graph, method: 'GET', path: `${G}/teams/{team}` }, h.teams.getTeam),
    plainRoute({ ...graph, method: 'GET', path: `${G}/teams/{team}/channels` }, h.teams.listChannels),
    plainRoute({ ...graph, method: 'GET', path: CHANNEL }, h.teams.getChannel),
    plainRoute({ ...graph, method: 'GET', path: `${CHANNEL}/messages` }, h.teams.listMessages),
    jsonRoute(
      { ...graph, method: 'POST', path: `${CHANNEL}/messages`, schema: chatMessageInputSchema },
      h.teams.postMessage,
    ),
    plainRoute({ ...graph, method: 'GET', path: `${CHANNEL}/messages/{chatMessage}` }, h.teams.getMessage),
    plainRoute({ ...graph, method: 'GET', path: `${CHANNEL}/messages/{chatMessage}/replies` }, h.teams.listReplies),
    jsonRoute(
      { ...graph, method: 'POST', path: `${CHANNEL}/messages/{chatMessage}/replies`, schema: chatMessageInputSchema },
      h.teams.postReply,
    ),

    // Bot Connector v3 subset
    jsonRoute(
      {
        method: 'POST',
        path: '/botframework/v3/conversations',
        area: 'bot',
        auth: 'any',
        schema: conversationParametersSchema,
        limit: BOT_LIMIT,
      },
      h.bot.createConversation,
    ),
    jsonRoute(
      {
        method: 'POST',
        path: `${CONVERSATION}/activities`,
        area: 'bot',
        auth: 'any',
        schema: activitySchema,
        limit: BOT_LIMIT,
      },
      h.bot.sendToConversation,
    ),
    jsonRoute(
      {
        method: 'POST',
        path: `${CONVERSATION}/activities/{activity}`,
        area: 'bot',
        auth: 'any',
        schema: activitySchema,
        limit: BOT_LIMIT,
      },
      h.bot.replyToActivity,
    ),
    jsonRoute(
      {
        method: 'PUT',
        path: `${CONVERSATION}/activities/{activity}`,
        area: 'bot',
        auth: 'any',
        schema: activitySchema,
        limit: BOT_LIMIT,
      },
      h.bot.updateActivity,
    ),
    plainRoute(
      { method: 'GET', path: `${CONVERSATION}/pagedmembers`, area: 'bot', auth: 'any', rawQuery: true },
      h.bot.pagedMembers,
    ),
  ];
}

/** The OS Places API's postcode search (the card's address lookup, under /os as under https://api.os.uk), dev sign-in and faults, and the web view. */
function sandboxRoutes(h: Handlers): Route[] {
  return [
    // The OS Places API's postcode search (the card's address lookup), under /os as under https://api.os.uk
    plainRoute(
      { method: 'GET', path: '/os/search/places/v1/postcode', area: 'places', auth: 'none' },
      h.places.postcode,
    ),

    // Dev sign-in and faults
    plainRoute({ method: 'GET', path: '/sandbox/personas', area: 'dev', auth: 'none' }, h.dev.personas),
    jsonRoute({ ...dev, method: 'POST', path: '/sandbox/token', schema: tokenRequestSchema }, h.dev.token),
    plainRoute({ method: 'GET', path: '/sandbox/.well-known/jwks.json', area: 'dev', auth: 'none' }, h.dev.jwks),
    plainRoute({ method: 'GET', path: '/sandbox/certificate.pem', area: 'dev', auth: 'none' }, h.dev.certificate),
    // Playing Entra ID for the tokens the sandbox signs when it calls a bot (authority /sandbox/login/{tenant})
    plainRoute(
      { method: 'GET', path: '/sandbox/login/{tenant}/discovery/v2.0/keys', area: 'dev', auth: 'none' },
      h.dev.connectorKeys,
    ),
    plainRoute(
      {
        method: 'GET',
        path: '/sandbox/login/{tenant}/v2.0/.well-known/openid-configuration',
        area: 'dev',
        auth: 'none',
      },
      h.dev.connectorConfiguration,
    ),
    plainRoute({ method: 'GET', path: '/sandbox/faults', area: 'dev', auth: 'none' }, h.faults.get),
    jsonRoute({ ...dev, method: 'POST', path: '/sandbox/faults', schema: faultSettingsSchema }, h.faults.set),
    plainRoute({ method: 'DELETE', path: '/sandbox/faults', area: 'dev', auth: 'none' }, h.faults.clear),

    // Web view
    plainRoute({ method: 'GET', path: '/sandbox', area: 'web', auth: 'none' }, h.web.home),
    plainRoute({ method: 'GET', path: '/sandbox/mailboxes/{mailbox}', area: 'web', auth: 'none' }, h.web.mailbox),
    plainRoute(
      { method: 'GET', path: '/sandbox/mailboxes/{mailbox}/messages/{message}', area: 'web', auth: 'none' },
      h.web.message,
    ),
    plainRoute(
      {
        method: 'GET',
        path: '/sandbox/mailboxes/{mailbox}/messages/{message}/attachments/{attachment}',
        area: 'web',
        auth: 'none',
      },
      h.web.attachment,
    ),
    plainRoute({ method: 'GET', path: '/sandbox/channels/{channel}', area: 'web', auth: 'none' }, h.web.channel),
    jsonRoute(
      {
        method: 'POST',
        path: '/sandbox/channels/{channel}/posts/{post}/actions',
        area: 'web',
        auth: 'none',
        schema: cardClickSchema,
        limit: DEV_LIMIT,
      },
      h.web.cardAction,
    ),
    plainRoute({ method: 'GET', path: '/sandbox/assets/{file}', area: 'web', auth: 'none' }, h.web.asset),
  ];
}

/**
 * Every emulated endpoint, one line each. `/me/…` is routed as `/users/me/…` by the route stage; paths
 * not listed here answer 501 NotImplemented.
 */
export function buildRoutes(h: Handlers): Route[] {
  return [...mailRoutes(h), ...attachmentRoutes(h), ...teamsAndBotRoutes(h), ...sandboxRoutes(h)];
}
