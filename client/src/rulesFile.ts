/** "Open rules": the nearest `article-rules.yaml` of the active article, created from a template when missing. */
import * as vscode from 'vscode';

const TEMPLATE = `# Article Annotator rules for the articles in this folder and below.
# Built-in packs apply first, then \`extends\`, then this file.
# extends: [../common/article-rules.yaml]
# language: fr
# published: 2025-02-18
actors: []
#  - name: Sergueï Lavrov
#    kind: person            # person | organization | place
#    role: ministre russe des Affaires étrangères
#    aliases: [Lavrov, le chef de la diplomatie russe]
speech_verbs: {add: [], remove: []}
labels: []
#  - {id: claim, name: Claim, color: "#d19a66"}
ignore: []
`;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The nearest rules file from a folder up to the workspace folder, or null. */
export async function nearestRules(start: vscode.Uri, root: vscode.Uri | undefined): Promise<vscode.Uri | null> {
  let dir = start;
  for (let depth = 0; depth < 64; depth++) {
    const candidate = vscode.Uri.joinPath(dir, 'article-rules.yaml');
    if (await exists(candidate)) return candidate;
    if (root && dir.path === root.path) return null;
    const parent = vscode.Uri.joinPath(dir, '..');
    if (parent.path === dir.path) return null;
    dir = parent;
  }
  return null;
}

export async function openRules(): Promise<vscode.Uri | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  const folder =
    (doc && vscode.workspace.getWorkspaceFolder(doc.uri)) ?? vscode.workspace.workspaceFolders?.[0] ?? undefined;
  const start = doc && doc.uri.scheme === 'file' ? vscode.Uri.joinPath(doc.uri, '..') : folder?.uri;
  if (!start) {
    void vscode.window.showWarningMessage('Article Annotator: open an article or a folder first.');
    return undefined;
  }
  let target = await nearestRules(start, folder?.uri);
  if (!target) {
    target = vscode.Uri.joinPath(folder?.uri ?? start, 'article-rules.yaml');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(TEMPLATE));
  }
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
