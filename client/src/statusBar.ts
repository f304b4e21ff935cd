/** The status bar item: the active article's quotes and speakers. */
import * as vscode from 'vscode';
import { ActorsRequest, AnalyzedNotification } from '../../server/src/lsp/protocol';
import type { ClientHolder } from './extension';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'articleAnnotator.status',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly holder: ClientHolder) {
    this.item.name = 'Article Annotator';
    this.item.command = 'articleAnnotator.actors.focus';
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor(() => void this.update()));
    holder.onStarted((client) => {
      this.disposables.push(
        client.onNotification(AnalyzedNotification.type, (params) => {
          const active = vscode.window.activeTextEditor?.document.uri;
          if (active && client.code2ProtocolConverter.asUri(active) === params.uri) {
            this.show(params.quotes, params.attributed, params.speakers);
          }
        }),
      );
      void this.update();
    });
  }

  private show(quotes: number, attributed: number, speakers: number): void {
    this.item.text = `$(quote) ${quotes} quote${quotes === 1 ? '' : 's'} · ${speakers} speaker${speakers === 1 ? '' : 's'}`;
    this.item.tooltip = `Article Annotator: ${attributed} of ${quotes} quotes attributed, ${speakers} distinct speakers. Click for the Actors view.`;
    this.item.show();
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const client = this.holder.current;
    if (
      !doc ||
      !client ||
      !vscode.languages.match((client.clientOptions.documentSelector ?? []) as vscode.DocumentSelector, doc)
    ) {
      this.item.hide();
      return;
    }
    try {
      const result = await client.sendRequest(ActorsRequest.type, {
        uri: client.code2ProtocolConverter.asUri(doc.uri),
      });
      if (vscode.window.activeTextEditor?.document !== doc) return;
      if (result.articles === 0) this.item.hide();
      else this.show(result.quotes, result.attributed, result.speakers);
    } catch {
      this.item.hide();
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
