using AwsLinq.Providers;

namespace AwsLinq.Cli.Querying;

/// <summary>What the CLI knows about one kind of listed item, read from its catalog entry: how to name it, what to show, which helpers it has.</summary>
/// <param name="Singular">One item in prose: "object", "instance".</param>
/// <param name="Plural">Several items in prose: "objects", "instances".</param>
/// <param name="Parameter">The lambda parameter plans show: <c>o</c> in <c>o =&gt; o.Size &gt; 10</c>.</param>
/// <param name="DefaultColumns">The columns shown without <c>--select</c>.</param>
/// <param name="ExtensionTypes">Static classes whose extension methods predicates may call, such as <c>Tag("env")</c>.</param>
/// <param name="WhereExample">A predicate for the <c>--where</c> help text.</param>
/// <param name="ResumeKey">
/// The string property the service lists in ascending ordinal order, so that <c>--starting-token</c> can resume after the last
/// one printed (S3 keys, sent as <c>StartAfter</c>); <see langword="null"/> to resume by counting items instead.
/// </param>
internal sealed record ItemKind(
    string Singular, string Plural, string Parameter, IReadOnlyList<string> DefaultColumns, IReadOnlyList<Type> ExtensionTypes, string WhereExample,
    string? ResumeKey = null)
{
    public static ItemKind Of<TClient, TItem>(CollectionEntry<TClient, TItem> entry)
        where TClient : Amazon.Runtime.IAmazonService
        where TItem : class =>
        new(entry.Singular, entry.Plural, entry.Parameter, entry.DefaultColumns, entry.ExtensionTypes, entry.WhereExample, entry.ResumeKey);

    public string Count(int count) => Output.Counted.Of(count, Singular, Plural);
}
