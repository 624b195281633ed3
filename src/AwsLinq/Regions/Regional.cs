namespace AwsLinq;

/// <summary>
/// An item of a listing over several regions, with the region it was listed in. A predicate on <see cref="Region"/>
/// decides which regions are asked at all; a predicate on <see cref="Item"/> is sent to each region's requests as the
/// same predicate on a one-region query would be.
/// </summary>
/// <typeparam name="T">The item type, for example <c>Instance</c>.</typeparam>
/// <param name="Region">The region's system name, for example <c>eu-west-1</c>.</param>
/// <param name="Item">The item, as the region listed it.</param>
public sealed record Regional<T>(string Region, T Item);
