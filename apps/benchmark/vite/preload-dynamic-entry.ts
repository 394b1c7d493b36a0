import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

/**
 * Adds `<link rel="modulepreload">` to index.html for a module the entry imports dynamically
 * (and the chunks it imports): the browser fetches and compiles it beside the entry, and the
 * entry decides only when it is evaluated.
 */
export function preloadDynamicEntryPlugin(moduleSuffix: string): Plugin {
  return {
    name: 'wijknet:preload-dynamic-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunk = Object.values(bundle).find(
          (item): item is Rollup.OutputChunk =>
            item.type === 'chunk' && (item.facadeModuleId?.endsWith(moduleSuffix) ?? false),
        );
        if (!chunk) throw new Error(`no chunk for ${moduleSuffix} to preload`);
        return chunkAndImports(bundle, chunk.fileName).map(
          (fileName): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
            injectTo: 'head',
          }),
        );
      },
    },
  };
}

function chunkAndImports(bundle: Rollup.OutputBundle, fileName: string, seen = new Set<string>()) {
  const chunk = bundle[fileName];
  // The entry is in index.html already.
  if (seen.has(fileName) || chunk?.type !== 'chunk' || chunk.isEntry) return [...seen];
  seen.add(fileName);
  for (const imported of chunk.imports) chunkAndImports(bundle, imported, seen);
  return [...seen];
}
