// Angular with zone.js (the application builder): CUSTOM_ELEMENTS_SCHEMA for the tags, [cv] sets
// the property, (result) listens to the event. The .wasm files are copied next to the bundle by
// the `assets` entry in angular.json (the builder does not follow `new URL(…, import.meta.url)`).
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZoneChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'jobspor';
import 'jobspor/smart';
import type { Cv } from 'jobspor';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>Angular</h1>
    <jobspor-smart-check today="2026-05-06" next-meeting="2026-05-27" (result)="events = events + 1"></jobspor-smart-check>
    <p>result events: <output id="events">{{ events }}</output></p>
    <jobspor-cv-check lang="da" [cv]="cv"></jobspor-cv-check>
  `,
})
class App {
  events = 0;
  cv: Cv = { contact: { name: 'Mette Jensen', email: 'mette@example.dk' }, job_wishes: [{ occupation: 'Lagermedarbejder' }] };
}

bootstrapApplication(App, { providers: [provideZoneChangeDetection()] }).catch((e) => console.error(e));
