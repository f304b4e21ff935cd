/** The Actors view in the Explorer: the actors of the open article and of the workspace, with counts; click to go. */
import * as vscode from 'vscode';
import {
  ActorsRequest,
  AnalyzedNotification,
  type ActorSummary,
  type ActorsResult,
} from '../../server/src/lsp/protocol';
import type { ClientHolder } from './extension';

type Node =
  | { type: 'group'; scope: 'article' | 'workspace'; label: string }
  | { type: 'actor'; scope: 'article' | 'workspace'; actor: ActorSummary }
  | { type: 'message'; label: string };

const ICONS: Record<ActorSummary['kind'], string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
};

export class ActorsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private article: Promise<ActorsResult | null> | null = null;
  private workspace: Promise<ActorsResult | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly holder: ClientHolder) {
    this.disposables.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshArticle()),
    );
    holder.onStarted((client) => {
      this.disposables.push(
        client.onNotification(AnalyzedNotification.type, (params) => {
          const active = vscode.window.activeTextEditor?.document.uri;
          if (active && client.code2ProtocolConverter.asUri(active) === params.uri) this.refreshArticle();
          // Workspace counts change too, but are fetched again only when asked for.
          this.workspace = null;
        }),
      );
      this.refresh();
    });
  }

  /** Fetches everything again. */
  refresh(): void {
    this.article = null;
    this.workspace = null;
    this.changed.fire(undefined);
  }

  private refreshArticle(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.article = null;
      this.changed.fire(undefined);
    }, 100);
  }

  private async request(uri?: vscode.Uri): Promise<ActorsResult | null> {
    try {
      const client = await this.holder.ready();
      return await client.sendRequest(ActorsRequest.type, {
        uri: uri ? client.code2ProtocolConverter.asUri(uri) : undefined,
      });
    } catch {
      return null;
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(
        node.label,
        node.scope === 'article' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.contextValue = `group.${node.scope}`;
      return item;
    }
    if (node.type === 'message') return new vscode.TreeItem(node.label);
    const a = node.actor;
    const item = new vscode.TreeItem(a.name);
    const counts = [
      `${a.mentions} mention${a.mentions === 1 ? '' : 's'}`,
      `${a.quotes} quote${a.quotes === 1 ? '' : 's'}`,
    ];
    if (node.scope === 'workspace') counts.push(`${a.articles} article${a.articles === 1 ? '' : 's'}`);
    item.description = counts.join(' · ');
    item.tooltip = [a.name, a.kind + (a.role ? ` — ${a.role}` : ''), `source: ${a.source}`].join('\n');
    item.iconPath = new vscode.ThemeIcon(ICONS[a.kind]);
    item.contextValue = `actor.${a.kind}`;
    if (a.location) {
      item.command = {
        command: 'articleAnnotator.reveal',
        title: 'Go to actor',
        arguments: [a.location.uri, a.location.range],
      };
    }
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const doc = vscode.window.activeTextEditor?.document;
      const name = doc ? vscode.workspace.asRelativePath(doc.uri) : 'no article open';
      return [
        { type: 'group', scope: 'article', label: `This article — ${name}` },
        { type: 'group', scope: 'workspace', label: 'Workspace' },
      ];
    }
    if (node.type !== 'group') return [];
    let result: ActorsResult | null;
    if (node.scope === 'article') {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return [{ type: 'message', label: 'Open an article to see its actors.' }];
      this.article ??= this.request(doc.uri);
      result = await this.article;
    } else {
      this.workspace ??= this.request();
      result = await this.workspace;
    }
    if (!result) return [{ type: 'message', label: 'Not an article, or the server is not running.' }];
    if (!result.actors.length) return [{ type: 'message', label: 'No actors found.' }];
    const nodes: Node[] = result.actors.map((actor) => ({ type: 'actor', scope: node.scope, actor }));
    if (result.truncated)
      nodes.push({ type: 'message', label: `Only the first ${result.articles} articles were read.` });
    return nodes;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
