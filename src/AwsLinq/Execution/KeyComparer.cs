using Amazon.Runtime;

namespace AwsLinq.Execution;

/// <summary>
/// Compares boxed ordering keys the way the service orders them: strings by UTF-8 bytes, the SDK's
/// enum-like <see cref="ConstantClass"/> values by their string value, everything else by its default comparer.
/// </summary>
internal sealed class KeyComparer(Func<object, object, int> compare) : IComparer<object?>
{
    private static readonly KeyComparer Strings = new((x, y) => Utf8Comparer.Instance.Compare((string)x, (string)y));
    private static readonly KeyComparer Constants = new((x, y) => Utf8Comparer.Instance.Compare(((ConstantClass)x).Value, ((ConstantClass)y).Value));
    private static readonly KeyComparer Default = new((x, y) => Comparer<object>.Default.Compare(x, y));

    public static KeyComparer For(Type keyType) =>
        keyType == typeof(string) ? Strings
        : typeof(ConstantClass).IsAssignableFrom(keyType) ? Constants
        : Default;

    public int Compare(object? x, object? y) =>
        ReferenceEquals(x, y) ? 0 : x is null ? -1 : y is null ? 1 : compare(x, y);
}
