/**
 * Settings, pulled per resource through `workspace/configuration` and cached until
 * `workspace/didChangeConfiguration` (ESLint's server does the same). Editors that do not
 * answer configuration requests get the defaults.
 */
import type { Connection } from 'vscode-languageserver';
import { defaultSettings, settingsSection, type ArticleAnnotatorSettings } from './protocol';

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning']);

/** Reads a settings object from the client, keeping defaults for whatever is missing or malformed. */
export function normalizeSettings(raw: unknown): ArticleAnnotatorSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, fallback: string[]) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v] : [...fallback];
  const diagnostics = (s.diagnostics ?? {}) as Record<string, unknown>;
  const inlayHints = (s.inlayHints ?? {}) as Record<string, unknown>;
  const severity = diagnostics.quoteWithoutSpeaker;
  return {
    articleGlobs: strings(s.articleGlobs, defaultSettings.articleGlobs),
    rulesFiles: strings(s.rulesFiles, defaultSettings.rulesFiles),
    diagnostics: {
      quoteWithoutSpeaker:
        typeof severity === 'string' && SEVERITIES.has(severity)
          ? (severity as ArticleAnnotatorSettings['diagnostics']['quoteWithoutSpeaker'])
          : defaultSettings.diagnostics.quoteWithoutSpeaker,
    },
    inlayHints: {
      enabled: typeof inlayHints.enabled === 'boolean' ? inlayHints.enabled : defaultSettings.inlayHints.enabled,
    },
  };
}

/** The settings of each document, asked of the client once and kept until they change. */
export class Settings {
  private readonly cache = new Map<string, Promise<ArticleAnnotatorSettings>>();
  /** Set at initialization: whether the client answers `workspace/configuration`. */
  supported = false;
  /** Settings pushed with `didChangeConfiguration` by clients that cannot be asked. */
  private pushed: ArticleAnnotatorSettings = normalizeSettings(undefined);

  constructor(private readonly connection: Connection) {}

  /** The settings in force for one document (or the workspace when `uri` is omitted). */
  get(uri?: string): Promise<ArticleAnnotatorSettings> {
    if (!this.supported) return Promise.resolve(this.pushed);
    const key = uri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: settingsSection })
        .then(normalizeSettings, () => normalizeSettings(undefined));
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** Forgets every cached value; `pushed` is what a client sent with the change, if anything. */
  changed(pushed: unknown): void {
    this.cache.clear();
    const section = (pushed as Record<string, unknown> | null)?.[settingsSection];
    if (section) this.pushed = normalizeSettings(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
