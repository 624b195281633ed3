using System.Globalization;

namespace AwsLinq.Providers;

/// <summary>
/// The parameters of a listing request, each written once: its AWS name and value, shown by <c>Explain()</c>, and
/// how it is set on the SDK request. So the plan and the request sent cannot differ.
/// </summary>
/// <typeparam name="TRequest">The SDK request type.</typeparam>
public sealed class ListingRequest<TRequest>
    where TRequest : new()
{
    private readonly List<KeyValuePair<string, string>> _parameters = [];
    private readonly List<Action<TRequest>> _apply = [];

    /// <summary>Gets the parameters, by their AWS names, in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>Adds a text parameter; a <see langword="null"/> value is not sent.</summary>
    /// <param name="name">The parameter's AWS name, for example <c>Prefix</c>.</param>
    /// <param name="value">The value, or <see langword="null"/> to send none.</param>
    /// <param name="apply">Sets it on the SDK request.</param>
    /// <returns>This request, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="apply"/> is <see langword="null"/>.</exception>
    public ListingRequest<TRequest> Add(string name, string? value, Action<TRequest, string> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return value is null ? Checked(name, this) : Add(name, value, r => apply(r, value));
    }

    /// <summary>Adds a number; a <see langword="null"/> value is not sent.</summary>
    /// <param name="name">The parameter's AWS name, for example <c>MaxKeys</c>.</param>
    /// <param name="value">The value, or <see langword="null"/> to send none.</param>
    /// <param name="apply">Sets it on the SDK request.</param>
    /// <returns>This request, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="apply"/> is <see langword="null"/>.</exception>
    public ListingRequest<TRequest> Add(string name, int? value, Action<TRequest, int> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return value is not int number ? Checked(name, this) : Add(name, number.ToString(CultureInfo.InvariantCulture), r => apply(r, number));
    }

    /// <summary>Adds a flag, sent as <c>true</c> only when <paramref name="value"/> is.</summary>
    /// <param name="name">The parameter's AWS name, for example <c>FetchOwner</c>.</param>
    /// <param name="value">Whether to send it.</param>
    /// <param name="apply">Sets it on the SDK request.</param>
    /// <returns>This request, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="apply"/> is <see langword="null"/>.</exception>
    public ListingRequest<TRequest> Add(string name, bool value, Action<TRequest> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return value ? Add(name, "true", apply) : Checked(name, this);
    }

    /// <summary>Adds a parameter of any shape (an EC2 filter, a list), shown as <paramref name="shown"/>.</summary>
    /// <param name="name">The parameter's name in plans, for example <c>Filter:instance-type</c>.</param>
    /// <param name="shown">The value as plans show it.</param>
    /// <param name="apply">Sets it on the SDK request.</param>
    /// <returns>This request, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ListingRequest<TRequest> Add(string name, string shown, Action<TRequest> apply)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(apply);
        _parameters.Add(new(name, shown));
        _apply.Add(apply);
        return this;
    }

    internal TRequest Create()
    {
        var request = new TRequest();
        foreach (var apply in _apply)
        {
            apply(request);
        }

        return request;
    }

    private static ListingRequest<TRequest> Checked(string name, ListingRequest<TRequest> request)
    {
        ArgumentNullException.ThrowIfNull(name);
        return request;
    }
}
