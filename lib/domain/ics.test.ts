import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEvent } from './ics';

const ZONE = 'America/Vancouver';
const NOW = new Date('2026-02-01T12:00:00Z');

const event = (overrides: Partial<CalendarEvent>): CalendarEvent => ({
  uid: 'agenda-item-1@vancouver-2018.vancouver-group',
  sequence: 0,
  start: new Date('2018-01-16T16:30:00Z'),
  end: new Date('2018-01-16T17:00:00Z'),
  summary: 'Opening plenary',
  description: '',
  location: '',
  categories: [],
  lastModified: null,
  ...overrides,
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events };
}

describe('the programme as iCalendar, read back by ical.js', () => {
  const programme = buildCalendar({
    name: 'Vancouver, 2018; programme',
    timeZone: ZONE,
    now: NOW,
    events: [
      event({
        uid: 'agenda-item-2@vancouver-2018.vancouver-group',
        sequence: 3,
        summary: 'Session 1: Implementation of sanctions',
        description: 'Gaps between measures; what is applied, and where.\nChair: Rex W. Tillerson',
        location: 'Coal Harbour Ballroom, Level 3',
        categories: ['Working session'],
        start: new Date('2018-01-16T17:00:00Z'),
        end: new Date('2018-01-16T18:45:00Z'),
        lastModified: new Date('2018-01-16T18:00:00Z'),
      }),
      event({
        uid: 'agenda-item-9@vancouver-2018.vancouver-group',
        summary: 'Night session across the change to daylight time',
        // 01:30 PST to 03:30 PDT on 11 March 2018: one hour.
        start: new Date('2018-03-11T09:30:00Z'),
        end: new Date('2018-03-11T10:30:00Z'),
      }),
    ],
  });
  const { calendar, events } = parse(programme);

  it('holds one event per item with its stable UID and its SEQUENCE', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    // ical.js knows no X- property's type, so it hands over the escaped TEXT as written.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Vancouver\\, 2018\\; programme');
    expect(events.map((e) => e.uid)).toEqual([
      'agenda-item-2@vancouver-2018.vancouver-group',
      'agenda-item-9@vancouver-2018.vancouver-group',
    ]);
    expect(events.map((e) => e.sequence)).toEqual([3, 0]);
    expect(events[0].component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-02-01T12:00:00Z');
  });

  it('writes times on the meeting clock with its TZID, and its VTIMEZONE turns them into the right instants', () => {
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([ZONE]);
    const [session, night] = events;
    expect(session.startDate.zone.tzid).toBe(ZONE);
    expect(session.startDate.toString()).toBe('2018-01-16T09:00:00');
    expect(session.startDate.toJSDate()).toEqual(new Date('2018-01-16T17:00:00Z'));
    expect(session.endDate.toJSDate()).toEqual(new Date('2018-01-16T18:45:00Z'));
    expect(night.startDate.toString()).toBe('2018-03-11T01:30:00');
    expect(night.endDate.toString()).toBe('2018-03-11T03:30:00');
    expect(night.startDate.toJSDate()).toEqual(new Date('2018-03-11T09:30:00Z'));
    expect(night.endDate.toJSDate()).toEqual(new Date('2018-03-11T10:30:00Z'));
    expect(night.duration.toSeconds()).toBe(3600);
  });

  it('keeps text with commas, semicolons, line breaks and accents intact', () => {
    const [session] = events;
    expect(session.summary).toBe('Session 1: Implementation of sanctions');
    expect(session.location).toBe('Coal Harbour Ballroom, Level 3');
    expect(session.description).toBe('Gaps between measures; what is applied, and where.\nChair: Rex W. Tillerson');
    expect(session.component.getFirstProperty('categories')?.getValues()).toEqual(['Working session']);
    expect(session.component.getFirstPropertyValue('last-modified')?.toString()).toBe('2018-01-16T18:00:00Z');
  });

  it('ends every line with CRLF and folds long lines at 75 octets without splitting a character', () => {
    const long = 'Réunion à Vancouver — « sécurité et stabilité » ; '.repeat(6);
    const text = buildCalendar({ name: 'x', timeZone: ZONE, now: NOW, events: [event({ summary: long, description: long })] });
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const [parsed] = parse(text).events;
    expect(parsed.summary).toBe(long);
    expect(parsed.description).toBe(long);
  });

  it('gives a zone without daylight saving one observance, and still the right instants', () => {
    const seoul = buildCalendar({ name: 'x', timeZone: 'Asia/Seoul', now: NOW, events: [event({})] });
    const { calendar: parsedCalendar, events: [opening] } = parse(seoul);
    const zone = parsedCalendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getAllSubcomponents('daylight')).toHaveLength(0);
    expect(zone.getAllSubcomponents('standard')).toHaveLength(1);
    expect(opening.startDate.toString()).toBe('2018-01-17T01:30:00');
    expect(opening.startDate.toJSDate()).toEqual(new Date('2018-01-16T16:30:00Z'));
  });

  it('is a valid calendar with no events when nothing is published', () => {
    const { calendar: empty, events: none } = parse(buildCalendar({ name: 'x', timeZone: ZONE, now: NOW, events: [] }));
    expect(empty.name).toBe('vcalendar');
    expect(none).toHaveLength(0);
  });
});
