// protobufjs's minimal runtime as an ES module for the browser: its UMD build (loaded by
// a classic <script> before any module runs) sets the global `protobuf`.
export default globalThis.protobuf;
