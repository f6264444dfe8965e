/** How the `/.well-known/` documents are served: JSON(-LD), readable by anyone, cacheable. */
export function jsonLd(body: unknown, maxAge = 3600, contentType = 'application/ld+json; charset=utf-8'): Response {
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': contentType,
      'Cache-Control': `public, max-age=${maxAge}`,
      'Access-Control-Allow-Origin': '*',
    },
  });
}
