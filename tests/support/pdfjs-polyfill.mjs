// pdfjs-dist 6 expects Promise.withResolvers (Node 22); Node 20 lacks it. Imported first by the pdfjs child scripts.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
