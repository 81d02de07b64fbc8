using UglyToad.PdfPig.Content;

namespace PlanData.Import.Sources.Pdf;

/// <summary>
/// Whether a page is a scan, to be read by OCR: an image covers most of it and its text layer
/// has fewer letters than any page of text. A few letters over a scan are a stamp (a digital
/// signature's "Người ký: ..."), not the page's text; a page of text with a small image (a seal,
/// a signature) is read from its text layer; a blank page is neither.
/// </summary>
public static class ScannedPage
{
    /// <summary>Below this many letters a page's text layer cannot be its text (a page of a plan has well over a thousand).</summary>
    public const int TextLetters = 200;

    // A scan's image fills the page, give or take its margins.
    private const double CoveredShare = 0.5;

    public static bool Is(Page page)
    {
        var letters = page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
        if (letters >= TextLetters)
        {
            return false;
        }

        var area = page.Width * page.Height;
        var covered = page.GetImages().Sum(image => Math.Abs(image.BoundingBox.Width * image.BoundingBox.Height));
        return area > 0 && covered >= CoveredShare * area;
    }
}
