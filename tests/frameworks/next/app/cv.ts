import type { Cv } from 'jobspor';

/** The CV both sides use (a plain module: a 'use client' module's exports are references on the server). */
export const CV: Cv = {
  contact: { name: 'Mette Jensen', email: 'mette@example.dk' },
  job_wishes: [{ occupation: 'Lagermedarbejder' }],
};
