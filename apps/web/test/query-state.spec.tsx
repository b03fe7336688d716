// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryState } from '../src/components/query-state.tsx';

describe('a query’s loading and error lines', () => {
  afterEach(cleanup);

  it('says it is loading, as a status, while the query is pending', () => {
    render(<QueryState query={{ isPending: true, isError: false, error: null }} what="your hours" />);
    expect(screen.getByRole('status').textContent).toBe('Loading your hours…');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what failed and why, as an alert', () => {
    render(<QueryState query={{ isPending: false, isError: true, error: new Error('A analyst account may not read the hours of officer N2.') }} what="your hours" />);
    expect(screen.getByRole('alert').textContent).toBe('Could not load your hours: A analyst account may not read the hours of officer N2.');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('draws nothing once the data is there', () => {
    const { container } = render(<QueryState query={{ isPending: false, isError: false, error: null }} what="your hours" />);
    expect(container.childNodes).toHaveLength(0);
  });
});
