using System.Globalization;
using SkiaSharp;

namespace StudyBot.Drawing;

// A glyph is polylines on the font's grid: x from 0 to Width, y down from the cap line (0) through
// the x-height (3) to the baseline (10) and the descender (13). Arcs are flattened here once, so
// drawing needs nothing but the points.
internal sealed record Glyph(float Width, IReadOnlyList<SKPoint[]> Strokes)
{
    private const float ArcStepDegrees = 7.5f;

    // "width | stroke; stroke" where a stroke is "x,y" points and "(cx,cy,rx,ry,start,sweep)" arcs,
    // joined in order; angles in degrees, clockwise on screen, 0 pointing right.
    public static Glyph Parse(string definition)
    {
        var bar = definition.IndexOf('|', StringComparison.Ordinal);
        var width = Number(definition[..bar]);
        var strokes = definition[(bar + 1)..]
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseStroke)
            .ToList();
        return new Glyph(width, strokes);
    }

    private static SKPoint[] ParseStroke(string stroke)
    {
        var points = new List<SKPoint>();
        foreach (var token in stroke.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var numbers = token.Trim('(', ')').Split(',').Select(Number).ToArray();
            if (token.StartsWith('('))
            {
                AddArc(points, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]);
            }
            else
            {
                points.Add(new SKPoint(numbers[0], numbers[1]));
            }
        }

        return [.. points];
    }

    private static void AddArc(List<SKPoint> points, float cx, float cy, float rx, float ry, float start, float sweep)
    {
        var steps = Math.Max(2, (int)MathF.Ceiling(MathF.Abs(sweep) / ArcStepDegrees));
        for (var i = 0; i <= steps; i++)
        {
            var angle = (start + (sweep * i / steps)) * MathF.PI / 180f;
            points.Add(new SKPoint(cx + (rx * MathF.Cos(angle)), cy + (ry * MathF.Sin(angle))));
        }
    }

    private static float Number(string text) => float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
