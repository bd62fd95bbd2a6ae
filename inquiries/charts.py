"""Charts drawn on the server as SVG (no JavaScript, nothing external): every label is escaped."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

PALETTE = ["#1f6f4a", "#d1477a", "#2f6db3", "#d99a00", "#6b4fb3", "#3a9a8f", "#b3261e", "#5b6b63"]


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


def bar_chart(rows: list[tuple[str, float]], *, title: str, width: int = 640, bar_height: int = 22) -> str:
    """Horizontal bars, one per (label, value)."""
    rows = list(rows) or [("—", 0)]
    label_width = 190
    height = 36 + len(rows) * (bar_height + 8)
    top = max((value for _label, value in rows), default=0) or 1
    scale = (width - label_width - 60) / top
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-bars" role="img" '
        f'viewBox="0 0 {width} {height}" width="100%" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="18" font-size="14" font-weight="600">{escape(title)}</text>',
    ]
    for index, (label, value) in enumerate(rows):
        y = 32 + index * (bar_height + 8)
        w = max(0.0, value * scale)
        parts.append(
            f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.0f}" font-size="12" text-anchor="end">'
            f"{escape(str(label)[:32])}</text>"
            f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_height}" '
            f'fill="{PALETTE[index % len(PALETTE)]}"><title>{escape(str(label))}: {_fmt(value)}</title></rect>'
            f'<text x="{label_width + w + 6:.1f}" y="{y + bar_height * 0.7:.0f}" font-size="12">{_fmt(value)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every interpolated label is escaped above)


def column_chart(rows: list[tuple[str, float]], *, title: str, width: int = 640, height: int = 220) -> str:
    """Vertical columns over time (label, value), e.g. inquiries per month."""
    rows = list(rows) or [("—", 0)]
    top = max((value for _label, value in rows), default=0) or 1
    plot_h = height - 60
    step = (width - 20) / len(rows)
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-columns" role="img" '
        f'viewBox="0 0 {width} {height}" width="100%" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="18" font-size="14" font-weight="600">{escape(title)}</text>',
        f'<line x1="10" y1="{height - 30}" x2="{width - 10}" y2="{height - 30}" stroke="#999"/>',
    ]
    for index, (label, value) in enumerate(rows):
        h = value / top * plot_h
        x = 10 + index * step
        y = height - 30 - h
        middle = x + step / 2
        parts.append(
            f'<rect x="{x + step * 0.15:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" '
            f'fill="{PALETTE[0]}"><title>{escape(str(label))}: {_fmt(value)}</title></rect>'
            f'<text x="{middle:.1f}" y="{max(y - 4, 30):.1f}" font-size="11" text-anchor="middle">{_fmt(value)}</text>'
            f'<text x="{middle:.1f}" y="{height - 14}" font-size="10" text-anchor="middle">'
            f"{escape(str(label)[-5:])}</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every interpolated label is escaped above)
