// A fresh Next.js project, exported as static files (`output: 'export'`) so the test can serve it
// under /next/; the server component's `checkCv` runs during `next build` in Node.
export default { output: 'export', basePath: '/next', images: { unoptimized: true } };
