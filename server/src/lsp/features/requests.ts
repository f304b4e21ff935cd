/** The client's custom requests: the export YAML of an article, and actors with counts. */
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { exportDocument, sha256Hex, toYaml } from '../../core/export';
import type { ServerContext } from '../context';
import { exportPath } from '../paths';
import { ActorsRequest, ExportRequest } from '../protocol';
import { summarize, workspaceArticles } from '../workspace';

export function register(ctx: ServerContext): void {
  ctx.connection.onRequest(ExportRequest.type, async (params) => {
    const state = await ctx.articleOrFile(params.uri);
    if (!state) throw new ResponseError(ErrorCodes.InvalidParams, `not an article that can be read: ${params.uri}`);
    const path = state.path ? exportPath(state.path, ctx.analyses.folders) : params.uri;
    const doc = exportDocument(state.text, state.analysis, {
      path,
      // For an open article, the editor's text as it will be on disk once saved.
      sha256: state.sha256 ?? sha256Hex(state.text),
      encoding: state.encoding,
    });
    return { yaml: toYaml(doc), path };
  });

  ctx.connection.onRequest(ActorsRequest.type, async (params, token) => {
    if (params.uri) {
      const state = await ctx.articleOrFile(params.uri);
      return summarize(state ? [state] : []);
    }
    const { states, truncated } = await workspaceArticles(ctx, token);
    return summarize(states, truncated);
  });
}
