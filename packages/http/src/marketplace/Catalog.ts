/**
 * The curated catalog of MCP servers shipped with the package: well-known public servers that
 * speak Streamable HTTP without authentication. Their tools are fetched on demand (and cached); an
 * unreachable one is listed with no tools and `status: "unreachable"`.
 *
 * @since 0.1.0
 */

/** A server of the catalog. */
export interface CatalogServer {
  /** `catalog_<slug>`: stable across releases, so installs of its tools keep naming it. */
  readonly id: string
  readonly name: string
  readonly description: string
  /** The Streamable HTTP endpoint. */
  readonly url: string
  readonly homepage: string
}

/** The curated servers, in display order. */
export const catalog: ReadonlyArray<CatalogServer> = [
  {
    id: "catalog_deepwiki",
    name: "DeepWiki",
    description: "Documentation and answers about public GitHub repositories, by Cognition.",
    url: "https://mcp.deepwiki.com/mcp",
    homepage: "https://docs.devin.ai/work-with-devin/deepwiki-mcp"
  },
  {
    id: "catalog_context7",
    name: "Context7",
    description: "Up-to-date, version-specific documentation and code examples of libraries, by Upstash.",
    url: "https://mcp.context7.com/mcp",
    homepage: "https://context7.com"
  },
  {
    id: "catalog_huggingface",
    name: "Hugging Face",
    description: "Search models, datasets, Spaces and papers on the Hugging Face Hub.",
    url: "https://huggingface.co/mcp",
    homepage: "https://huggingface.co/settings/mcp"
  },
  {
    id: "catalog_cloudflare_docs",
    name: "Cloudflare Docs",
    description: "Search Cloudflare's developer documentation.",
    url: "https://docs.mcp.cloudflare.com/mcp",
    homepage: "https://github.com/cloudflare/mcp-server-cloudflare"
  },
  {
    id: "catalog_microsoft_learn",
    name: "Microsoft Learn",
    description: "Search and fetch Microsoft's official documentation.",
    url: "https://learn.microsoft.com/api/mcp",
    homepage: "https://learn.microsoft.com/training/support/mcp"
  }
]
