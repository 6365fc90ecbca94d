namespace PiiAnalyzers
{
    /// <summary>
    /// The redaction helper the code fixes call. Its results are not personal data: they keep none of the
    /// value's characters, only whether there was one.
    /// </summary>
    public static class Redact
    {
        /// <summary>What a present value is replaced with.</summary>
        public const string Masked = "***";

        /// <summary>What a missing value is shown as, so that a reader can tell it apart from a masked one.</summary>
        public const string Missing = "(null)";

        /// <summary>Masks a text: <c>"***"</c>, or <c>"(null)"</c> when there is none, or an empty text when it is empty.</summary>
        /// <param name="value">The personal data.</param>
        /// <returns>A text that holds none of <paramref name="value"/>.</returns>
        [Redactor]
        public static string Mask(string? value)
        {
            if (value is null)
            {
                return Missing;
            }

            return value.Length == 0 ? string.Empty : Masked;
        }

        /// <summary>Masks any value: <c>"***"</c>, or <c>"(null)"</c> when there is none.</summary>
        /// <param name="value">The personal data.</param>
        /// <returns>A text that holds none of <paramref name="value"/>.</returns>
        [Redactor]
        public static string Mask(object? value) => value is null ? Missing : Masked;

        /// <summary>
        /// Keeps the last <paramref name="visible"/> characters and masks the rest (<c>"***4242"</c>), for the
        /// places where the policy allows a recognisable tail such as the last digits of a card.
        /// </summary>
        /// <param name="value">The personal data.</param>
        /// <param name="visible">How many trailing characters to keep, at most a quarter of the value.</param>
        /// <returns>The masked text.</returns>
        [Redactor]
        public static string KeepLast(string? value, int visible = 4)
        {
            if (value is null)
            {
                return Missing;
            }

            int keep = visible < 0 ? 0 : visible;
            int quarter = value.Length / 4;
            if (keep > quarter)
            {
                keep = quarter;
            }

            return keep == 0 ? Masked : Masked + value.Substring(value.Length - keep);
        }
    }
}
