using System.Text;

namespace AwsLinq.LocalAws.S3;

/// <summary>
/// Opaque continuation tokens: base64 of a one-letter kind and the last key or common prefix returned.
/// Real S3 tokens are opaque too, so clients must not depend on this form.
/// </summary>
internal static class ContinuationTokens
{
    private const char KeyKind = 'K';
    private const char PrefixKind = 'P';

    // A token of an endless empty page: the kind, a fresh nonce, then the cursor it leaves unchanged.
    private const char EmptyPageKind = 'E';
    private const int NonceLength = 32;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Encode(ListCursor cursor)
    {
        var kind = cursor.IsCommonPrefix ? PrefixKind : KeyKind;
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(kind + cursor.Value));
    }

    /// <summary>A token that resumes where <paramref name="cursor"/> does but differs from every other token issued.</summary>
    public static string EncodeEmptyPage(ListCursor cursor) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(EmptyPageKind + Guid.NewGuid().ToString("N") + (cursor.IsCommonPrefix ? PrefixKind : KeyKind) + cursor.Value));

    public static bool TryDecode(string token, out ListCursor cursor)
    {
        cursor = default;
        var bytes = new byte[token.Length];
        if (!Convert.TryFromBase64String(token, bytes, out var length) || length == 0)
        {
            return false;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (text[0] == EmptyPageKind && text.Length > NonceLength + 1)
        {
            text = text[(NonceLength + 1)..];
        }

        switch (text[0])
        {
            case KeyKind:
                cursor = ListCursor.AfterKey(text[1..]);
                return true;
            case PrefixKind when text.Length > 1:
                cursor = ListCursor.AfterPrefix(text[1..]);
                return true;
            default:
                return false;
        }
    }
}
