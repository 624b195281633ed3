using System.Reflection;
using System.Text.RegularExpressions;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// Finds the member a user probably meant when Dynamic LINQ says a name does not exist: the closest public property
/// (or method, for a call) of the type it names, searched among the item type and the types reachable from it.
/// </summary>
internal static partial class PropertySuggester
{
    private const int SearchDepth = 3;

    public static string? Suggest(Type itemType, ItemKind kind, string parseMessage)
    {
        var match = UnknownMember().Match(parseMessage);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var type = Reachable(itemType).FirstOrDefault(t => t.Name == match.Groups["type"].Value);
        if (type is null)
        {
            return null;
        }

        var candidates = match.Groups["kind"].Value == "method" ? Methods(type, kind) : Properties(type);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .OrderBy(c => Levenshtein.Distance(name, c))
            .ThenBy(c => c, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The public properties users can name on <paramref name="type"/>, in declaration order.</summary>
    public static IEnumerable<string> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => p.Name);

    private static IEnumerable<string> Methods(Type type, ItemKind kind) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object))
            .Select(m => m.Name)
            .Concat(kind.ExtensionTypes
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(m => m.GetParameters() is [var self, ..] && self.ParameterType.IsAssignableFrom(type))
                .Select(m => m.Name));

    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var level = new List<Type> { root };
        for (var depth = 0; depth <= SearchDepth && level.Count > 0; depth++)
        {
            var next = new List<Type>();
            foreach (var type in level.Where(seen.Add))
            {
                yield return type;
                next.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Select(p => Unwrap(p.PropertyType))
                    .Where(t => !t.IsPrimitive && t != typeof(string)));
            }

            level = next;
        }
    }

    // Tags.Any(Kye == "env") fails inside the element type, so look through collections and nullables.
    private static Type Unwrap(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return underlying;
        }

        return type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
            ? element
            : type;
    }

    [GeneratedRegex("No (?:property or field|applicable (?<kind>method)) '(?<name>[^']+)' exists in type '(?<type>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownMember();
}
