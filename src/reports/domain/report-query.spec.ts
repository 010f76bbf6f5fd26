import { contentDisposition, reportFileName } from './report-file.js';
import { parseTrendReportQuery } from './report-query.js';

const context = { now: new Date('2024-05-02T08:30:00Z'), lans: ['lan:01', 'lan:17', 'lan:25'] };
const parse = (raw: Record<string, unknown>) => parseTrendReportQuery(raw, context);
const refusal = (raw: Record<string, unknown>) => {
  try {
    parse(raw);
  } catch (error) {
    return error;
  }
  throw new Error('accepted');
};

describe('the trend-report query', () => {
  it('defaults to the national HTML report as the ledger knows it now', () => {
    expect(parse({ from: '2019', to: '2023' })).toEqual({ from: 2019, to: 2023, scope: 'national', format: 'html', asOf: null, asOfText: null });
  });

  it('takes a län, a format and a record time (a date means the end of that Swedish day)', () => {
    expect(parse({ from: '2022', to: '2022', scope: 'lan:17', format: 'csv', asOf: '2023-05-01' })).toEqual({
      from: 2022,
      to: 2022,
      scope: 'lan:17',
      format: 'csv',
      asOf: new Date('2023-05-01T21:59:59.999Z'),
      asOfText: '2023-05-01',
    });
    expect(parse({ from: '2019', to: '2023', asOf: '2030-01-01' }).asOf).toBeNull();
  });

  it.each([
    [{ to: '2023' }, 'from', 'required', 'from: krävs: ett årtal, t.ex. 2019'],
    [{ from: '2019', to: '2025' }, 'to', 'year', 'to: "2025" är inget årtal mellan 1990 och 2024'],
    [{ from: '19', to: '2023' }, 'from', 'year', 'from: "19" är inget årtal mellan 1990 och 2024'],
    [{ from: '2020', to: '2019' }, 'to', 'not-before-from', 'to: 2019 ligger före from (2020)'],
    [{ from: '1990', to: '2024' }, 'to', 'longest-range', 'to: högst 30 år i en rapport (1990–2024 är 35)'],
    [{ from: '2019', to: '2023', scope: 'lan:02' }, 'scope', 'national-or-lan', 'scope: "lan:02" är varken national eller ett län; ange national eller lan:NN med en av länskoderna 01, 17, 25'],
    [{ from: '2019', to: '2023', format: 'PDF' }, 'format', 'report-format', 'format: "PDF" stöds inte; välj html, md, csv, json'],
    [{ from: ['2019', '2020'], to: '2023' }, 'from', 'single-value', 'from: får bara anges en gång'],
    [{ from: '2019', to: '2023', year: '2022' }, 'year', 'known-parameter', 'year: okänd parameter; använd from, to, scope, format och asOf'],
  ])('refuses %j naming %s', (raw, field, rule, message) => {
    expect(refusal(raw)).toMatchObject({ code: 'REPORT.INVALID_QUERY', field, rule, message });
  });
});

describe('the report file', () => {
  it('is named after scope, years and record time; HTML and JSON open inline, Markdown and CSV download', () => {
    const national = parse({ from: '2019', to: '2023', format: 'json' });
    expect(reportFileName(national)).toBe('trendrapport-hela-landet-2019-2023.json');
    expect(contentDisposition(national)).toBe('inline; filename="trendrapport-hela-landet-2019-2023.json"');
    const lan = parse({ from: '2019', to: '2023', scope: 'lan:17', format: 'csv', asOf: '2023-05-01T10:00:00Z' });
    expect(contentDisposition(lan)).toBe('attachment; filename="trendrapport-lan-17-2019-2023-per-2023-05-01T10-00-00Z.csv"');
  });
});
