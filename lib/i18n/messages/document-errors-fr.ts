// Validation and domain error messages of documents (documentValidation.* keys and error codes) (French reference).
export const documentErrorsFr = {};
