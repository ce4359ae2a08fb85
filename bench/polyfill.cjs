// PostGraphile 5 uses Promise.withResolvers (Node 22+); Node 20 needs this loaded first (`node -r`).
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
