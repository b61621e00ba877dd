import { useLocation } from 'react-router';

/** Stands in for the cadre profile route: shows where a form navigated and with what state. */
export function ProfileStub() {
  const location = useLocation();
  return (
    <p data-testid="profile">
      {location.pathname} {JSON.stringify(location.state)}
    </p>
  );
}
