// `ng serve` only: forwards the API to a running `npm start` (same-origin in production).
export default {
  '/api': { target: process.env.MAILLAGE_API_URL ?? 'http://localhost:3000', secure: false },
};
