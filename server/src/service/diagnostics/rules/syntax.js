"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.syntaxRule = void 0;
exports.syntaxRule = {
    scope: 'document',
    codes: ['json-syntax', 'yaml-syntax'],
    check(ctx) {
        const fallback = ctx.doc.format === 'yaml' ? 'yaml-syntax' : 'json-syntax';
        for (const problem of ctx.doc.syntaxErrors) {
            const code = problem.code === 'yaml-syntax' || problem.code === 'json-syntax' ? problem.code : fallback;
            ctx.report(code, problem.span, problem.message);
        }
    },
};
//# sourceMappingURL=syntax.js.map