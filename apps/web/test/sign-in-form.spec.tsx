// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SignInForm } from '../src/features/sign-in/sign-in-form.tsx';

describe('SignInForm', () => {
  afterEach(cleanup);

  it('sends the typed email and password, and shows the reason when sign-in fails', async () => {
    const calls: [string, string][] = [];
    render(
      <SignInForm
        onSignIn={async (email, password) => {
          calls.push([email, password]);
          throw new Error('The email or password is not right.');
        }}
      />,
    );
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'supervisor@demo.muster' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The email or password is not right.'));
    expect(calls).toEqual([['supervisor@demo.muster', 'wrong']]);
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
