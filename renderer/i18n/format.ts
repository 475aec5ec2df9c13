// Numbers and dates in the UI language (French uses a narrow no-break space before %).
export function formatPercent(lng: string, value: number): string {
  return new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

export function formatNumber(lng: string, value: number): string {
  return new Intl.NumberFormat(lng).format(value);
}

export function formatTime(lng: string, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lng, { timeStyle: 'short' }).format(d);
}

export function formatDateTime(lng: string, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
