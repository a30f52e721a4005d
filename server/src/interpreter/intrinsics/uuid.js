"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UUID_INTRINSICS = void 0;
exports.uuidV4 = uuidV4;
function uuidV4(random) {
    const bytes = [];
    for (let i = 0; i < 16; i++)
        bytes.push(Math.floor(random() * 256) & 0xff);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
exports.UUID_INTRINSICS = {
    'States.UUID': ({ scope }) => uuidV4(scope.random),
};
//# sourceMappingURL=uuid.js.map