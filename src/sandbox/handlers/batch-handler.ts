import { runBatch } from '../batch';
import { GraphError, graphErrors } from '../server/graph-errors';
import { json } from '../server/reply';
import type { BatchResource } from './resources';
import type { Services } from './services';

/** POST /$batch: up to 20 items, dependsOn honoured, each item through the pipeline. */
export class BatchHandler implements BatchResource {
  constructor(private readonly s: Services) {}

  run: BatchResource['run'] = async (ctx) => {
    const dispatch = this.s.dispatch.current;
    if (!dispatch) throw graphErrors.internal();
    const outer = {
      origin: ctx.origin,
      ...(ctx.headers.authorization ? { authorization: ctx.headers.authorization } : {}),
    };
    const result = await runBatch(ctx.body, (item) => dispatch(item, outer));
    if (!result.ok) throw new GraphError(400, result.code, result.message);
    return json(200, { responses: result.responses });
  };
}
