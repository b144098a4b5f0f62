// Promise.withResolvers arrived in Node 22; aws-local-stepfunctions 3 calls it in Task states.
// Loaded with `node --require` on older Node versions; a no-op where it already exists.
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
