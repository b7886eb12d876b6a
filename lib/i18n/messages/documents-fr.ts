// Document pages, editor and lifecycle actions (French reference).
export const documentsFr = {};
